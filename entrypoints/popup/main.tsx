import { render } from 'preact';

render(<p>Wise Reader</p>, document.getElementById('app')!);
