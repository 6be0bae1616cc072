import { existsSync, readFileSync } from 'node:fs';
import { type DefaultTheme, defineConfig } from 'vitepress';

const apiSidebarFile = new URL('../api/typedoc-sidebar.json', import.meta.url);

/**
 * The API reference's sidebar: one page per package (TypeDoc's `modules` output), listed from the file
 * TypeDoc writes beside the pages (see typedoc.json). Each page's outline lists its members.
 */
function apiSidebar(): DefaultTheme.SidebarItem[] {
  const packages: DefaultTheme.SidebarItem[] = existsSync(apiSidebarFile)
    ? JSON.parse(readFileSync(apiSidebarFile, 'utf8'))
    : [];
  return [{ text: 'API reference', link: '/api/', items: packages }];
}

const guide: DefaultTheme.SidebarItem[] = [
  {
    text: 'Guide',
    items: [
      { text: 'Getting started', link: '/guide/getting-started' },
      { text: 'Choosing a backend', link: '/guide/backends' },
      { text: 'Fast training on the CPU', link: '/guide/fast-training' },
      { text: 'The command line', link: '/guide/cli' },
      { text: 'How the results are made', link: '/guide/results' },
      { text: 'Fidelity to the seeds', link: '/guide/fidelity' },
    ],
  },
  {
    text: 'Labs',
    items: [
      { text: 'Overview', link: '/labs/' },
      { text: 'XOR', link: '/labs/xor' },
      { text: 'Digits: perceptron', link: '/labs/digits-perceptron' },
      { text: 'Digits: one-stage CNN', link: '/labs/digits-cnn' },
      { text: 'MNIST CNNs and dropout', link: '/labs/mnist-cnn-dropout' },
      { text: 'A CNN under 6,000 parameters', link: '/labs/tiny-cnn' },
      { text: 'LeNet-5', link: '/labs/lenet5' },
      { text: 'MLPs and optimizers', link: '/labs/mlp-optimizers' },
      { text: 'The hand-written MLP', link: '/labs/scratch-mlp' },
      { text: 'Fashion-MNIST', link: '/labs/fashion-mnist' },
    ],
  },
  {
    text: 'Live in the browser',
    items: [
      { text: 'XOR decision boundary', link: '/live/xor' },
      { text: 'Train on the digits', link: '/live/digits' },
      { text: 'Draw a digit', link: '/live/draw' },
    ],
  },
];

export default defineConfig({
  title: 'digitlab',
  description:
    'The classic handwritten-digits deep-learning labs in TypeScript on TensorFlow.js, with live examples.',
  outDir: '../dist',
  cleanUrls: false,
  head: [['link', { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }]],
  themeConfig: {
    nav: [
      { text: 'Guide', link: '/guide/getting-started' },
      { text: 'Labs', link: '/labs/' },
      { text: 'Live', link: '/live/xor' },
      { text: 'API', link: '/api/' },
    ],
    sidebar: {
      '/guide/': guide,
      '/labs/': guide,
      '/live/': guide,
      '/api/': apiSidebar(),
    },
    outline: { level: [2, 3] },
    search: { provider: 'local' },
    footer: {
      message: 'MIT licence. The 8x8 digits: UCI, E. Alpaydin and C. Kaynak, CC BY 4.0.',
    },
  },
  vite: {
    build: {
      // tfjs-core and its backends are one large lazy chunk, loaded only by the live examples.
      chunkSizeWarningLimit: 4096,
    },
  },
});
