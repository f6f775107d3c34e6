/** The plan view webview bundle (dist/webview/plan.js + plan.css). */
import './theme.css';
import './plan/plan.css';
import { PlanApp } from './plan/app';
import { connectPlanHost } from './plan/host';

new PlanApp(document.getElementById('root') ?? document.body, connectPlanHost());
