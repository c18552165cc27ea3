#!/usr/bin/env node
// The CDK side of Tenkai's `--example wide --groups K` (benchmarks/compare-cdk.sh): the shared
// reference app (../shared/bench/cdk/app.js, copied here with only the K loop changed) whose K
// services each have a security group with two rules, two instances in their own target group, a
// host-header listener rule and an alias record. Run with the shared app's pinned packages:
//   NODE_PATH=/tmp/cdkbench-run/node_modules N=4 K=1000 NAG=v3 CDK_VALIDATION=false node wide-app.js
//
// Environment (as the shared app.js):
//   N          number of web/app EC2 instances behind the ALB (default 2), spread over both AZs
//   K          services (default 0), see above
//   NAG        none | v3 | v2   (default none)
//   NAT        gateway | instance  (default gateway)
//   OUT        output directory of the cloud assembly (default ./cdk.out)
//   REPORT     1 = print every CDK annotation / nag finding (deduplicated by id) to stdout
//   STACK_LIMIT default | <n>  resource cap per stack (default 1000000; 'default' keeps CDK's 500)
//   CDK_VALIDATION=false disables aws-cdk-lib's built-in CloudFormation template validation
// Prints one line "SUMMARY {json}" at the end.
'use strict';
const T0 = performance.now();
const fs = require('fs');
const path = require('path');
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const elbv2 = require('aws-cdk-lib/aws-elasticloadbalancingv2');
const elbv2t = require('aws-cdk-lib/aws-elasticloadbalancingv2-targets');
const rds = require('aws-cdk-lib/aws-rds');
const route53 = require('aws-cdk-lib/aws-route53');
const r53t = require('aws-cdk-lib/aws-route53-targets');
const iam = require('aws-cdk-lib/aws-iam');
const T_REQ_CDK = performance.now();

const N = parseInt(process.env.N || '2', 10);
const K = parseInt(process.env.K || '0', 10);
const NAG = (process.env.NAG || 'none').toLowerCase();
const NAT = (process.env.NAT || 'gateway').toLowerCase();
const REPORT = process.env.REPORT === '1';
const ACCOUNT = '123456789012';
const REGION = 'ap-northeast-1';
const AZS = ['ap-northeast-1a', 'ap-northeast-1c'];
const OFFICE_CIDR = '203.0.113.0/24';

let nagV3 = null, nagV2 = null;
if (NAG === 'v3') nagV3 = require('cdk-nag');
else if (NAG === 'v2') nagV2 = require('cdk-nag-v2');
else if (NAG !== 'none') throw new Error(`NAG must be none|v3|v2, got ${NAG}`);
const T_REQ = performance.now();

const app = new cdk.App({
  outdir: process.env.OUT || 'cdk.out',
  autoSynth: false,
  context: {
    // pre-seeded context, so nothing needs an AWS lookup (what cdk.context.json would hold)
    [`availability-zones:account=${ACCOUNT}:region=${REGION}`]: ['ap-northeast-1a', 'ap-northeast-1c', 'ap-northeast-1d'],
    // CloudFormation's (and CDK's) default cap is 500 resources per stack; CDK throws above it.
    // Raised (unless STACK_LIMIT=default) so that the N=1000/2000 scale points synthesize as one stack.
    ...(process.env.STACK_LIMIT === 'default' ? {} : { '@aws-cdk/core:stackResourceLimit': parseInt(process.env.STACK_LIMIT || '1000000', 10) }),
    // cdk-nag v3 reports via CDK's validation framework; with this off, synth returns the assembly
    // and writes validation-report.json instead of throwing "Validation failed".
    '@aws-cdk/core:failSynthOnValidationErrors': false,
  },
});

class RefStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const t3micro = ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO);
    const ami = ec2.MachineImage.latestAmazonLinux2023(); // SSM-parameter backed CfnParameter, no lookup

    // --- network: 2 AZs, public + private subnets, single NAT
    const vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16'),
      availabilityZones: AZS,
      natGateways: 1,
      natGatewayProvider: NAT === 'instance'
        ? ec2.NatProvider.instanceV2({ instanceType: t3micro })
        : ec2.NatProvider.gateway(),
      subnetConfiguration: [
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
        { name: 'private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 24 },
      ],
    });

    // --- security groups
    const albSg = new ec2.SecurityGroup(this, 'AlbSg', { vpc, description: 'ALB' });
    albSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(80), 'http from anywhere');
    albSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'https from anywhere');
    const webSg = new ec2.SecurityGroup(this, 'WebSg', { vpc, description: 'web/app' });
    webSg.addIngressRule(albSg, ec2.Port.tcp(80), 'http from ALB only');
    const dbSg = new ec2.SecurityGroup(this, 'DbSg', { vpc, description: 'MySQL' });
    dbSg.addIngressRule(webSg, ec2.Port.tcp(3306), 'mysql from web only');
    const cacheSg = new ec2.SecurityGroup(this, 'CacheSg', { vpc, description: 'memcached' });
    cacheSg.addIngressRule(webSg, ec2.Port.tcp(11211), 'memcached from web only');
    const bastionSg = new ec2.SecurityGroup(this, 'BastionSg', { vpc, description: 'bastion' });
    bastionSg.addIngressRule(ec2.Peer.ipv4(OFFICE_CIDR), ec2.Port.tcp(22), 'ssh from office');

    // --- bastion host in a public subnet
    new ec2.BastionHostLinux(this, 'Bastion', {
      vpc, instanceType: t3micro, securityGroup: bastionSg,
      subnetSelection: { subnetType: ec2.SubnetType.PUBLIC, availabilityZones: [AZS[0]] },
    });

    // --- N web/app instances, round-robin over the two AZs
    const webRole = new iam.Role(this, 'WebRole', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
    const web = [];
    for (let i = 0; i < N; i++) {
      web.push(new ec2.Instance(this, `Web${i}`, {
        vpc, instanceType: t3micro, machineImage: ami, securityGroup: webSg, role: webRole,
        vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, availabilityZones: [AZS[i % 2]] },
      }));
    }

    // --- internet-facing ALB, HTTP listener -> target group of the web instances, stickiness off
    const alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', {
      vpc, internetFacing: true, securityGroup: albSg,
      vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
    });
    const listener = alb.addListener('Http', { port: 80, open: false });
    const tg = listener.addTargets('Web', {
      port: 80, protocol: elbv2.ApplicationProtocol.HTTP,
      targets: web.map((inst) => new elbv2t.InstanceTarget(inst, 80)),
      healthCheck: { path: '/' },
    });
    tg.setAttribute('stickiness.enabled', 'false');

    // --- RDS MySQL, Multi-AZ, private, not public
    new rds.DatabaseInstance(this, 'Db', {
      engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_0 }),
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MEDIUM),
      vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      multiAz: true, publiclyAccessible: false, securityGroups: [dbSg],
      credentials: rds.Credentials.fromGeneratedSecret('admin'),
      allocatedStorage: 20,
    });

    // --- two cache nodes (memcached protocol), one per AZ
    const cacheRole = new iam.Role(this, 'CacheRole', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
    AZS.forEach((az, i) => new ec2.Instance(this, `Cache${i}`, {
      vpc, instanceType: t3micro, machineImage: ami, securityGroup: cacheSg, role: cacheRole,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, availabilityZones: [az] },
    }));

    // --- public hosted zone, apex A alias -> ALB
    const zone = new route53.PublicHostedZone(this, 'Zone', { zoneName: 'example.jp' });
    new route53.ARecord(this, 'Apex', {
      zone, target: route53.RecordTarget.fromAlias(new r53t.LoadBalancerTarget(alb)),
    });

    // --- K services, the shape of Tenkai's `--example wide --groups K`: each a security group
    //     (HTTP 8080 from the ALB, and MySQL 3306 from it to the database), two instances (one per
    //     AZ) in its own target group, a listener rule routing its host name to that target group,
    //     and an alias A record svc-<i>.example.jp -> ALB.
    for (let i = 0; i < K; i++) {
      const sg = new ec2.SecurityGroup(this, `Svc${i}Sg`, { vpc, description: `service ${i}` });
      sg.addIngressRule(albSg, ec2.Port.tcp(8080), 'http 8080 from ALB');
      dbSg.addIngressRule(sg, ec2.Port.tcp(3306), `mysql from service ${i}`);
      const instances = AZS.map((az, j) => new ec2.Instance(this, `Svc${i}I${j}`, {
        vpc, instanceType: t3micro, machineImage: ami, securityGroup: sg, role: webRole,
        vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, availabilityZones: [az] },
      }));
      const svcTg = new elbv2.ApplicationTargetGroup(this, `Svc${i}Tg`, {
        vpc, port: 8080, protocol: elbv2.ApplicationProtocol.HTTP,
        targets: instances.map((inst) => new elbv2t.InstanceTarget(inst, 8080)),
        healthCheck: { path: '/' },
      });
      new elbv2.ApplicationListenerRule(this, `Svc${i}Rule`, {
        listener, priority: i + 1,
        conditions: [elbv2.ListenerCondition.hostHeaders([`svc-${i}.example.jp`])],
        action: elbv2.ListenerAction.forward([svcTg]),
      });
      new route53.ARecord(this, `Svc${i}Alias`, {
        zone, recordName: `svc-${i}`, target: route53.RecordTarget.fromAlias(new r53t.LoadBalancerTarget(alb)),
      });
    }
  }
}

const stack = new RefStack(app, 'RefStack', { env: { account: ACCOUNT, region: REGION } });

if (nagV3) cdk.Validations.of(app).addPlugins(new nagV3.AwsSolutionsChecks(app, { verbose: true }));
if (nagV2) cdk.Aspects.of(app).add(new nagV2.AwsSolutionsChecks({ verbose: true }));
const T_BUILD = performance.now();

let assembly, synthError = null;
try {
  assembly = app.synth();
} catch (e) {
  synthError = e;
}
const T_SYNTH = performance.now();

// ---------- collect results ----------
const outdir = app.outdir;
const summary = {
  N, K, NAG, NAT, cdkValidation: process.env.CDK_VALIDATION !== 'false',
  ms: {
    requireCdk: +(T_REQ_CDK - T0).toFixed(0), requireNag: +(T_REQ - T_REQ_CDK).toFixed(0),
    construct: +(T_BUILD - T_REQ).toFixed(0), synth: +(T_SYNTH - T_BUILD).toFixed(0),
  },
};
if (synthError) summary.synthError = String(synthError.message).split('\n')[0];

const tplFile = path.join(outdir, 'RefStack.template.json');
if (fs.existsSync(tplFile)) {
  const tplText = fs.readFileSync(tplFile, 'utf8');
  const tpl = JSON.parse(tplText);
  const res = Object.values(tpl.Resources || {});
  summary.resources = res.length;
  summary.templateBytes = Buffer.byteLength(tplText);
  const byType = {};
  for (const r of res) byType[r.Type] = (byType[r.Type] || 0) + 1;
  summary.resourceTypes = byType;
}

// CDK annotations (CDK's own warnings/infos, and cdk-nag v2 findings, which are annotations)
const findings = {}; // key level|id -> {level,id,count,msg}
function add(level, id, msg) {
  const k = `${level}|${id}`;
  if (!findings[k]) findings[k] = { level, id, count: 0, msg };
  findings[k].count++;
}
const manifestFile = path.join(outdir, 'manifest.json');
if (fs.existsSync(manifestFile)) {
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  if (manifest.missing && manifest.missing.length) summary.missingContext = manifest.missing.map((m) => m.key);
  for (const art of Object.values(manifest.artifacts || {})) {
    const md = { ...(art.metadata || {}) };
    if (art.additionalMetadataFile) { // large metadata is written to a side file
      const extra = JSON.parse(fs.readFileSync(path.join(outdir, art.additionalMetadataFile), 'utf8'));
      for (const [p, entries] of Object.entries(extra)) md[p] = (md[p] || []).concat(entries);
    }
    for (const entries of Object.values(md)) {
      for (const e of entries) {
        if (!/^aws:cdk:(info|warning|error)$/.test(e.type)) continue;
        const level = e.type.split(':')[2];
        const text = typeof e.data === 'string' ? e.data : JSON.stringify(e.data);
        let id = (text.match(/^(AwsSolutions-[A-Za-z0-9]+(\[[^\]]*\])?)/) || [])[1];
        if (!id) id = (text.match(/\[ack: ([^\]]+)\]/) || [])[1] || 'annotation';
        add(`annotation:${level}`, id, text.replace(/\s+/g, ' ').slice(0, 400));
      }
    }
  }
}
// validation report (cdk-nag v3 and the built-in CloudFormation validation)
const vr = path.join(outdir, 'validation-report.json');
if (fs.existsSync(vr)) {
  const rep = JSON.parse(fs.readFileSync(vr, 'utf8'));
  for (const pr of rep.pluginReports || []) {
    const plugin = (pr.summary && pr.summary.pluginName) || pr.pluginName || 'plugin';
    for (const v of pr.violations || []) {
      const n = (v.violatingResources || v.violatingConstructs || []).length || 1;
      const k = `${plugin}:${v.severity || 'error'}|${v.ruleName}`;
      if (!findings[k]) findings[k] = { level: `${plugin}:${v.severity || 'error'}`, id: v.ruleName, count: 0, msg: String(v.description || '').replace(/\s+/g, ' ').slice(0, 400) };
      findings[k].count += n;
    }
  }
}
const list = Object.values(findings).sort((a, b) => (a.level + a.id).localeCompare(b.level + b.id));
summary.findingCounts = {};
for (const f of list) summary.findingCounts[f.level] = (summary.findingCounts[f.level] || 0) + f.count;
summary.findingIds = list.map((f) => `${f.level} ${f.id} x${f.count}`);
if (REPORT) {
  for (const f of list) console.log(`${f.level}\t${f.id}\tx${f.count}\t${f.msg}`);
}
summary.ms.total = +(performance.now() - T0).toFixed(0);
console.log('SUMMARY ' + JSON.stringify(summary));
if (synthError && !REPORT) process.exitCode = 2;
