/**
 * Test-only bundle (built by tests/support/fill-engine-harness.ts, never shipped): the fill
 * engine, value reading and the bridge client, run inside a replica page so the engine can be
 * tried against real Kendo widgets before the overlay calls it. The production path differs
 * only in where this code runs (the content script's isolated world) and in how the built
 * bridge is loaded (from the extension's web-accessible URL instead of inline text).
 */

import { type FillReport, fillPage, type ProfileValues, undoFill } from '../../src/features/fill/page/fill';
import { chooseHere } from '../../src/features/fill/page/option-choice';
import { type Bridge, connectBridge } from '../../src/page/bridge-client';
import { BRIDGE_DATA_ATTRIBUTE, formatBridgeToken, randomHex } from '../../src/page/bridge-protocol';
import { recognizePage } from '../../src/page/recognize';
import { readFieldValues } from '../../src/page/values';

let bridge: Bridge | null = null;
let lastReport: FillReport | null = null;

async function start(bridgeSource: string): Promise<boolean> {
  const channel = randomHex(16);
  const secret = randomHex(32);
  const connection = connectBridge(window, channel, secret);
  const script = document.createElement('script');
  script.setAttribute(BRIDGE_DATA_ATTRIBUTE, formatBridgeToken(channel, secret));
  script.textContent = bridgeSource;
  document.head.append(script);
  script.remove();
  bridge = await connection.ready;
  return bridge.kendo;
}

function recognise() {
  const recognition = recognizePage(document, location.href);
  return {
    recognition,
    summary: {
      kind: recognition.kind,
      fillAllowed: recognition.fillAllowed,
      drift: recognition.drift,
      keys: recognition.fields.map((field) => field.key),
      fields: recognition.fields.map((field) => ({
        key: field.key,
        id: field.element.id,
        widget: field.widget,
      })),
    },
  };
}

async function fill(profile: ProfileValues, overwrite = false) {
  const { recognition, summary } = recognise();
  lastReport = await fillPage(recognition, profile, bridge, { overwrite, choose: chooseHere });
  return {
    page: summary,
    results: lastReport.results,
    filled: lastReport.filled,
  };
}

async function undo() {
  if (!lastReport) throw new Error('nothing to undo');
  return undoFill(lastReport, bridge);
}

async function values() {
  const { recognition } = recognise();
  return readFieldValues(recognition.fields, bridge ? await bridge.readWidgetValues() : []);
}

Object.assign(window, { __eikEngine: { start, fill, undo, values, recognise: () => recognise().summary } });
