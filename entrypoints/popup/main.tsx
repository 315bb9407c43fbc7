import '../../src/ui/profiles/app.css';
import './style.css';
import { render } from 'preact';
import { PopupApp } from '../../src/ui/profiles/PopupApp';

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
