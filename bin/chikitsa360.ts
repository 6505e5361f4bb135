/**
 * The CDK app (`npm run synth`, `cdk deploy -c stage=prod …`). Everything is built by buildApp(), which
 * the infra tests call too; this file synthesizes and summarizes what cdk-nag found and we accepted.
 * Synth throws (and the CLI prints every finding) if any finding is left unacknowledged.
 */
import path from 'node:path';
import { acknowledgedFindings, buildApp, unusedAcknowledgements } from '../lib/stacks/app.ts';

const { app, config } = buildApp();
app.synth();

const findings = acknowledgedFindings(app.outdir);
const total = [...findings.values()].flatMap((rules) => [...rules.values()]).reduce((sum, n) => sum + n, 0);
console.log(
  `cdk-nag, stage ${config.stage}: no unacknowledged findings; ${total} acknowledged, each with its reason ` +
    `in code and in ${path.join(path.relative(process.cwd(), app.outdir), 'validation-report.json')}:`,
);
for (const [pack, rules] of findings) {
  const counts = [...rules].sort(([, a], [, b]) => b - a).map(([rule, n]) => `${rule} ×${n}`);
  console.log(`  ${pack}: ${counts.join(', ')}`);
}
for (const stale of unusedAcknowledgements(app)) {
  console.warn(`  warning: acknowledgement matches no finding (remove it): ${stale}`);
}
