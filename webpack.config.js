/* eslint-disable @typescript-eslint/no-require-imports */
// Bundles the task pane and the ribbon commands, as the Office add-in template does.
// `ADDIN_URL=https://host/path/ npm run build:addin` for production (the URL replaces localhost everywhere in
// the manifest, AppDomain included; without a public https URL the build stops: `--env dev` asks for a
// development manifest on purpose), `npm run dev-server` for https://localhost:3000 with Office's
// trusted dev certificates. Other local builds (preview, bench) keep the localhost manifest.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const DEV_ORIGIN = 'https://localhost:3000';

/** Why a URL cannot serve a production add-in, or null. */
function badProductionUrl(url) {
  if (!url) return 'ADDIN_URL is not set';
  let u;
  try {
    u = new URL(url);
  } catch {
    return `ADDIN_URL "${url}" is not a URL`;
  }
  if (u.protocol !== 'https:') return `ADDIN_URL "${url}" is not https (Office loads add-ins over https only)`;
  if (/^(localhost|127\.|\[?::1\]?$|0\.0\.0\.0)/.test(u.hostname)) return `ADDIN_URL "${url}" points at this computer`;
  return null;
}

/** The manifest for a URL: every localhost address, the AppDomain's origin included, moved to it. */
function productionManifest(xml, url) {
  const base = url.endsWith('/') ? url : `${url}/`;
  return xml.split(DEV_URL).join(base).split(DEV_ORIGIN).join(new URL(base).origin);
}

/** The install guide (assets/install/INSTALL.*.html) for the URL the add-in is served from: where the manifest is. */
function installGuide(html, url) {
  const base = url.endsWith('/') ? url : `${url}/`;
  return html.split('{{ADDIN_URL}}').join(base).split('{{MANIFEST_URL}}').join(`${base}manifest.xml`);
}

async function httpsOptions() {
  // Only the dev server needs certificates; loaded lazily so a build never touches them.
  const devCerts = require('office-addin-dev-certs');
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (e) {
    // Installing the CA needs administrator rights; the certificates exist anyway, so serve with
    // them and say how to make the browser or Office trust them.
    const fs = require('fs');
    const dir = path.join(require('os').homedir(), '.office-addin-dev-certs');
    const read = (f) => fs.readFileSync(path.join(dir, f));
    console.warn(
      `Could not install the development CA (${e.message.split('\n')[0]}).\n` +
        `Serving with the certificates in ${dir}; trust ${path.join(dir, 'ca.crt')} in your system or browser to load the add-in.`,
    );
    return { ca: read('ca.crt'), key: read('localhost.key'), cert: read('localhost.crt') };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  // `--env addin`: the manifest to install is being built; it must point at a public server unless `--env dev`.
  const problem = env.addin && !env.dev ? badProductionUrl(process.env.ADDIN_URL) : null;
  if (problem)
    throw new Error(
      `Refusing to write a production manifest: ${problem}.\n` +
        'Set ADDIN_URL to the https address the add-in is served from (ADDIN_URL=https://example.org/cchc/ npm run build:addin),\n' +
        'or ask for a development manifest on purpose: npm run build:addin -- --env dev',
    );
  const prodUrl = env.addin && !env.dev ? process.env.ADDIN_URL : DEV_URL;
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      // The ribbon dialog's page: its Close button waits for Office.js before messageParent.
      dialog: './src/commands/dialog.ts',
      preview: './src/preview/index.tsx',
      // The preview's worker: opens, checks and lays out files off the page. A fixed name, the page asks for it.
      'preview-worker': './src/preview/worker.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist', 'addin'),
      filename: (data) => (data.chunk.name === 'preview-worker' ? '[name].js' : '[name].[contenthash:8].js'),
      chunkFilename: '[id].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', target: 'es2020', noEmit: false } } } },
        { test: /\.(png|svg|woff2?|xlsx)$/, type: 'asset/resource', generator: { filename: 'assets/[name][ext]' } },
        // The core is pure: a module of it that nothing in a chunk uses is left out of that chunk, so what only
        // the on-demand actions use (consolidation, the year comparison) loads with them, not with the pane.
        { test: /[\\/]src[\\/]core[\\/].*\.ts$/, sideEffects: false },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new HtmlWebpackPlugin({ filename: 'preview.html', template: './src/preview/preview.html', chunks: ['preview'] }),
      new HtmlWebpackPlugin({ filename: 'dialog.html', template: './src/commands/dialog.html', chunks: ['dialog'] }),
      new HtmlWebpackPlugin({ filename: 'help.html', template: './src/taskpane/help.html', chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev || prodUrl === DEV_URL ? content : productionManifest(content.toString(), prodUrl)),
          },
          // A one-page install guide beside the manifest, Vietnamese and English (shared folder, central deployment, the web).
          {
            from: 'assets/install/INSTALL.*.html',
            to: '[name][ext]',
            transform: (content) => installGuide(content.toString(), dev ? DEV_URL : prodUrl),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist', 'addin') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      port: Number(process.env.PORT || 3000),
      server: env.WEBPACK_SERVE && dev ? { type: 'https', options: await httpsOptions() } : 'http',
      hot: false,
    },
  };
};

module.exports.productionManifest = productionManifest;
module.exports.badProductionUrl = badProductionUrl;
module.exports.installGuide = installGuide;
