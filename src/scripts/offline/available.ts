// Practice offline: deal only the cards whose question page is kept for offline use (visited or
// downloaded), since a card's answer is read from its page; online (or with no worker), every card.
import { urls } from '../../lib/urls';
import { cachedPaths, serverReachable } from './cache';

export async function availableCards(ids: string[]): Promise<{ ids: string[]; offline: boolean }> {
  if (!navigator.serviceWorker?.controller || (await serverReachable(import.meta.env.BASE_URL))) return { ids, offline: false };
  const kept = await cachedPaths();
  return { ids: ids.filter((id) => kept.has(urls.question(id))), offline: true };
}
