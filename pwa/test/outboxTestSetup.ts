import { ApolloClient, type ApolloLink, InMemoryCache } from '@apollo/client';
import type { ApplicationDraft } from '../src/offline/outbox';
import { installOutbox } from '../src/offline/useOutbox';
import type { SessionUser } from '../src/session/useSession';
import { signInTestUser } from './signInTestUser';

/** Signs `user` in and installs the app-wide outbox over the scripted `server` link. */
export function installTestOutbox(user: SessionUser, server: ApolloLink): void {
  signInTestUser(user);
  installOutbox(new ApolloClient({ cache: new InMemoryCache(), link: server }));
}

/** Builds an application draft without materials, named and keyed by `name`. */
export function testDraft(name: string): ApplicationDraft {
  return {
    itemId: 'item-1',
    itemName: name,
    divisionCode: '500238100205',
    formData: { businessName: name },
    materials: [],
    idempotencyKey: `key-${name}`,
  };
}
