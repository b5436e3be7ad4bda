/**
 * Where focus goes after a console command: the pressed control often leaves the page with
 * the state it belonged to ("Khai mạc" once open, a queue row once its speaker has the
 * floor), and focus would fall to the page's body. It moves then to the primary action (or,
 * when that is hidden, to the console's title), so a keyboard user goes on from a known place.
 * A command given by a shortcut (focus already on the body) leaves focus where it was.
 */

/** A control the user may be on: focused, still in the page, not hidden. */
const holds = (element: Element | null): boolean =>
  element instanceof HTMLElement && element !== document.body && element.isConnected && element.getClientRects().length > 0;

/** Call before the command: says whether focus was on a control. */
export const focusedControl = (): Element | null => (holds(document.activeElement) ? document.activeElement : null);

/**
 * Call after the answer: once React has drawn it, gives focus back when it was lost: to the
 * pressed control if it is still there (it was only disabled while waiting), else to the
 * primary action, else to the console's title.
 */
export const settleFocus = (pressed: Element | null, target: () => HTMLElement | null): void => {
  if (!pressed) return;
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (holds(document.activeElement)) return;
      const primary = target();
      const to = holds(pressed) ? pressed : holds(primary) ? primary : document.querySelector('[data-focus-fallback]');
      if (to instanceof HTMLElement) to.focus();
    }),
  );
};
