/** What the user sees in the workbench, read through the browser driver (code-server only). */
import * as vscode from 'vscode';
import { clickInWorkbench, workbenchTexts } from './driver-channel';
import { waitFor } from './wait';

export async function statusBarTexts(): Promise<string[]> {
  return workbenchTexts('.statusbar-item');
}

export async function waitForStatusBar(text: string, timeoutMs = 20_000): Promise<void> {
  await waitFor(`"${text}" in the status bar`, async () => (await statusBarTexts()).some((t) => t.includes(text)) || undefined, timeoutMs);
}

/** Waits for a notification toast containing `text`; returns its text. */
export async function waitForNotification(text: string, timeoutMs = 20_000): Promise<string> {
  return waitFor(`a notification saying "${text}"`, async () => (await workbenchTexts('.notification-toast')).find((t) => t.includes(text)), timeoutMs);
}

/** The visible lines of the output view in the panel. */
export async function outputViewText(): Promise<string> {
  return (await workbenchTexts('.part.panel .output-view .view-lines')).join('\n');
}

export async function closePanel(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closePanel');
  await waitFor('the panel to close', async () => (await workbenchTexts('.part.panel .output-view .view-lines')).length === 0 || undefined);
}

export async function click(selector: string): Promise<void> {
  await clickInWorkbench(selector);
}
