// os.EOL without loading node:os (about 0.6 ms of every cold action start, for one constant).
export const EOL = process.platform === 'win32' ? '\r\n' : '\n';
