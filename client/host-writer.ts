/**
 * A message writer for a child process's stdin that never rejects. vscode-jsonrpc 8.2 rethrows
 * a failed request write from inside a promise executor, which surfaces as an unhandled
 * rejection in the extension host; a host that died mid-write is the supervisor's business
 * (its exit restarts it and rejects the pending requests), so here a failed or impossible
 * write only reports `onBroken`.
 */
import type { Writable } from 'node:stream';
import { Message, MessageWriter, StreamMessageWriter } from 'vscode-jsonrpc/node';

export function hostWriter(stream: Writable, onBroken: (error: Error) => void): MessageWriter {
  const inner = new StreamMessageWriter(stream);
  return {
    onError: inner.onError,
    onClose: inner.onClose,
    async write(msg: Message): Promise<void> {
      if (stream.destroyed || !stream.writable) {
        onBroken(new Error('the engine host stdin is closed'));
        return;
      }
      try {
        await inner.write(msg);
      } catch (err) {
        onBroken(err instanceof Error ? err : new Error(String(err)));
      }
    },
    end: () => inner.end(),
    dispose: () => inner.dispose(),
  };
}
