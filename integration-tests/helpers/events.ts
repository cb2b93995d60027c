import { Modules } from "@medusajs/framework/utils"

/**
 * Watches the real event bus's emits (observation only: every emit still goes through).
 * `of(name)` answers the payloads emitted under that name so far.
 */
export function watchEvents(container: { resolve: (key: string) => any }) {
  const bus = container.resolve(Modules.EVENT_BUS)
  const spy = jest.spyOn(bus, "emit")
  const of = (name: string): any[] =>
    spy.mock.calls
      .flatMap(([messages]: any[]) => (Array.isArray(messages) ? messages : [messages]))
      .filter((m: any) => m?.name === name)
      .map((m: any) => m.data)
  return { of, restore: () => spy.mockRestore() }
}
