import '../../src/ui/pages/app.css';
import './style.css';
import { render } from 'preact';
import { PopupApp } from '../../src/ui/pages/PopupApp';

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
