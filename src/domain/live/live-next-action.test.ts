import { beforeAll, describe, expect, it } from 'vitest';
import { floorRequest, LiveDriver, seedLiveConference, type LiveConference } from './live.fixture.js';
import { isPaused, nextAction } from './live-next-action.js';

let seed: LiveConference;
beforeAll(async () => {
  seed = await seedLiveConference();
});

describe("the chair's next action", () => {
  it('follows the meeting from before the opening to its end', () => {
    const live = new LiveDriver(seed);
    expect(nextAction(live.state)).toBe('start_meeting');
    live.run({ type: 'start_meeting' });
    expect(nextAction(live.state)).toBe('start_item'); // between items (none yet)
    live.run({ type: 'start_item' });
    expect(nextAction(live.state)).toBe('start_item'); // an item runs, nobody speaks
    live.request(floorRequest('d1'));
    live.run({ type: 'give_floor', requestId: live.state.waitingOrder[0]! });
    expect(nextAction(live.state)).toBe('end_floor');
    live.run({ type: 'pause' });
    expect(isPaused(live.state)).toBe(true);
    expect(nextAction(live.state)).toBe('resume');
    live.run({ type: 'resume' });
    live.run({ type: 'end_floor' });
    live.run({ type: 'end_item' });
    expect(nextAction(live.state)).toBe('start_item'); // between items
    live.run({ type: 'end_meeting' });
    expect(nextAction(live.state)).toBeNull();
  });

  it('ends the last item, then closes the meeting, when no item is pending', () => {
    const live = new LiveDriver(seed);
    live.run({ type: 'start_meeting' });
    const [last, ...others] = [...live.state.items].reverse();
    for (const item of others) live.run({ type: 'skip_item', itemId: item.id });
    live.run({ type: 'start_item', itemId: last!.id });
    expect(nextAction(live.state)).toBe('end_item');
    live.run({ type: 'end_item' });
    expect(nextAction(live.state)).toBe('end_meeting');
  });

  it('resumes a paused item with nobody speaking, and a speaker given the floor while the item is paused speaks', () => {
    const live = new LiveDriver(seed);
    live.run({ type: 'start_meeting' });
    live.run({ type: 'start_item' });
    live.run({ type: 'pause' });
    expect(nextAction(live.state)).toBe('resume');
    live.request(floorRequest('d2'));
    live.run({ type: 'give_floor', requestId: live.state.waitingOrder[0]! });
    // The speaker's clock runs (the item's stays paused): the speech is what runs.
    expect(isPaused(live.state)).toBe(false);
    expect(nextAction(live.state)).toBe('end_floor');
  });
});
