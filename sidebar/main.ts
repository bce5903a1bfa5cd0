// Placeholder page until the worksheet guide lands.
const app = document.getElementById('app');
if (app) app.textContent = 'ICP worksheet guide';
