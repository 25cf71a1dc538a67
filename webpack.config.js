/* eslint-disable @typescript-eslint/no-require-imports */
// Bundles the task pane and the ribbon commands, as the Office add-in template does.
// `ADDIN_URL=https://host/path/ npm run build:addin` for production (the URL replaces localhost in the
// manifest; without one, or with a localhost one, the build stops: a development build is
// `webpack --mode development`), `npm run dev-server` for https://localhost:3000 with Office's trusted dev certificates.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';

/**
 * The production manifest: every localhost URL and AppDomain replaced by `url` (https, not localhost).
 * Throws a plain message, so webpack stops with a non-zero exit, when that cannot be done.
 */
function productionManifest(content, url) {
  if (!url) throw new Error('ADDIN_URL is not set: a production manifest needs the https address the add-in is served from (ADDIN_URL=https://host/path/ npm run build:addin). For a development build use webpack --mode development.');
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`ADDIN_URL "${url}" is not a URL.`);
  }
  if (parsed.protocol !== 'https:') throw new Error(`ADDIN_URL "${url}" must be https: Office loads add-ins only over https.`);
  if (/^(localhost|127\.|\[::1\]|0\.0\.0\.0)/.test(parsed.hostname))
    throw new Error(`ADDIN_URL "${url}" points at this computer; a production manifest must not. For a development build use webpack --mode development.`);
  const base = parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
  const out = content
    .toString()
    .replace(/<AppDomain>https:\/\/localhost(:\d+)?\/?<\/AppDomain>/g, `<AppDomain>${parsed.origin}</AppDomain>`)
    .replace(new RegExp(DEV_URL, 'g'), base);
  if (/localhost|127\.0\.0\.1/.test(out)) throw new Error('The manifest still names localhost after the URL swap; fix manifest.xml.');
  return out;
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

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  // Checked before anything is built: a production build without a real URL stops here.
  // The add-in build (`npm run build:addin`, `--env addin`) writes the production manifest; other
  // production bundles (preview, bench, e2e) write none; a development build keeps localhost.
  const addin = Boolean(env && env.addin) || Boolean(process.env.ADDIN_URL);
  let manifest = null;
  if (!dev && addin)
    try {
      manifest = productionManifest(require('fs').readFileSync(path.join(__dirname, 'manifest.xml')), process.env.ADDIN_URL);
    } catch (e) {
      console.error(`build:addin stopped: ${e.message}`);
      process.exit(1);
    }
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      preview: './src/preview/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist', 'addin'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', target: 'es2020', noEmit: false } } } },
        { test: /\.(png|svg|woff2?|xlsx)$/, type: 'asset/resource', generator: { filename: 'assets/[name][ext]' } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new HtmlWebpackPlugin({ filename: 'preview.html', template: './src/preview/preview.html', chunks: ['preview'] }),
      new HtmlWebpackPlugin({ filename: 'dialog.html', template: './src/commands/dialog.html', chunks: [] }),
      new HtmlWebpackPlugin({ filename: 'help.html', template: './src/taskpane/help.html', chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          ...(dev || manifest
            ? [{ from: 'manifest.xml', to: 'manifest.xml', transform: (content) => (dev ? content : manifest) }]
            : []),
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
