import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { NavLink } from "./_components/nav-link";
import { SignOutButton } from "./_components/sign-out-button";
import { TimeZoneSync } from "./_components/time-zone-sync";
import { currentUser } from "./_lib/auth";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "DVA Study — AWS Developer Associate", template: "%s · DVA Study" },
  description: "Spaced-repetition flashcards and scenario questions for the AWS Certified Developer – Associate exam.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#191c22" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="site-header-inner">
            <Link href="/" className="brand">
              <span className="brand-mark" aria-hidden="true">
                DVA
              </span>
              <span className="brand-name">DVA Study</span>
            </Link>
            {user ? (
              <>
                <nav className="site-nav main-nav scroll-x" aria-label="Main">
                  <NavLink href="/study">Study</NavLink>
                  <NavLink href="/quiz">Quiz</NavLink>
                  <NavLink href="/progress">Progress</NavLink>
                  <NavLink href="/">Topics</NavLink>
                  <NavLink href="/decks">Decks</NavLink>
                  <NavLink href="/search">Search</NavLink>
                  <NavLink href="/corrections">Corrections</NavLink>
                  <NavLink href="/group">Group</NavLink>
                  {user.role === "admin" && <NavLink href="/admin">Admin</NavLink>}
                </nav>
                <nav className="site-nav user-menu" aria-label="Account">
                  <NavLink href="/settings">{user.name}</NavLink>
                  <SignOutButton />
                </nav>
              </>
            ) : (
              <nav className="site-nav" aria-label="Account">
                <NavLink href="/signin">Sign in</NavLink>
                <NavLink href="/signup">Create account</NavLink>
              </nav>
            )}
          </div>
        </header>
        <main id="main">{children}</main>
        {user && !user.timeZone && <TimeZoneSync />}
        <footer className="site-footer">
          <div className="site-footer-inner">
            Study notes for the AWS Certified Developer – Associate (DVA-C02) exam, checked against the AWS documentation.
            Not affiliated with AWS.
          </div>
        </footer>
      </body>
    </html>
  );
}
