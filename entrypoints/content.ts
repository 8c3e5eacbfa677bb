import { startPageAgent } from '../utils/content/page-agent';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main: (ctx) => startPageAgent(ctx),
});
