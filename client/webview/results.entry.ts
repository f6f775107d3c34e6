/** The results panel webview bundle (dist/webview/results.js + results.css). */
import './theme.css';
import './results/results.css';
import { ResultsApp } from './results/app';
import { connectHost } from './results/host';

const root = document.getElementById('root') ?? document.body;
new ResultsApp(root, connectHost());
