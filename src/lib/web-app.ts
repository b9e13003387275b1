// The installed app's colours (manifest and <meta name="theme-color">): the brand blue of the
// icon and the light theme's page background (src/styles/tokens.css).
export const THEME_COLOR = '#2457c5';
export const BACKGROUND_COLOR = '#ffffff';
