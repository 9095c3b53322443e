/** Where to go after signing in: only a path on this site, never another origin (open-redirect guard). */
export function safeReturnPath(value: string | string[] | undefined): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return "/";
  return path.slice(0, 500);
}
