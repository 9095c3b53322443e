import { expect, test as setup } from "@playwright/test";
import { FIRST_ADMIN, firstAdminStatePath, expectSignedInAs, signUp } from "./fixtures/accounts";

setup("the first account becomes the admin", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin|\/signup/);
  await page.goto("/signup");
  await expect(page.getByText("this account will be the group's admin")).toBeVisible();
  await signUp(page, FIRST_ADMIN);
  await expect(page).toHaveURL(/\/$/);
  await expectSignedInAs(page, FIRST_ADMIN.name);
  await page.goto("/settings");
  await expect(page.getByText(`Signed in as ${FIRST_ADMIN.email} (admin).`)).toBeVisible();
  await page.context().storageState({ path: firstAdminStatePath() });
});
