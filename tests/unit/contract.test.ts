/**
 * The contract (functions/contract/) against the code on both sides of it. Most of these are checked by
 * the compiler (`npm run check` type-checks this file): a drift fails the build, not only this suite.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { clientFrameSchema } from '../../functions/chat/room.ts';
import type { ClientFrame, OperationName, RoomErrorCode } from '../../functions/contract/api.ts';
import type { ErrorCode, ErrorParams } from '../../functions/contract/errors.ts';
import { httpRoutes, type Operation } from '../../functions/contract/routes.ts';
import type { Refusal } from '../../functions/prescriptions/rules.ts';

describe('the contract', () => {
  it('has a request and an answer for every operation of the route table, and for no other', () => {
    expectTypeOf<OperationName>().toEqualTypeOf<Operation>();
  });

  it("reads exactly the contract's client frames in the room (functions/chat/room.ts)", () => {
    expectTypeOf<z.output<typeof clientFrameSchema>>().toEqualTypeOf<ClientFrame>();
    expectTypeOf<ClientFrame>().toExtend<z.input<typeof clientFrameSchema>>();
  });

  it("lists the room's error codes among the error codes", () => {
    expectTypeOf<RoomErrorCode>().toExtend<ErrorCode>();
  });

  it('gives the prescribing refusals the parameters the contract says', () => {
    type ContractRefusal = {
      [C in Refusal['code']]: { code: C; params: ErrorParams[C] };
    }[Refusal['code']];
    expectTypeOf<Refusal>().toEqualTypeOf<ContractRefusal>();
  });

  it('keeps the route table plain data, which the web bundles as it is', () => {
    expect(JSON.parse(JSON.stringify(httpRoutes))).toEqual(httpRoutes);
  });
});
