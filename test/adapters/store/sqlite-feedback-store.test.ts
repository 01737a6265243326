import { createStore } from '../../../src/adapters/store/create-store.js';
import { describeFeedbackConformance } from './feedback-conformance.js';

describeFeedbackConformance('sqlite (memory)', async () => {
  const store = await createStore('sqlite::memory:');
  await store.migrate();
  return store;
});
