export async function benchInBrowser(_: string) { return null; }
