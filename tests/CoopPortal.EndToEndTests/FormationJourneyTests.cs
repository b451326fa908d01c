using CoopPortal.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

[Collection(BrowserCollection.Name)]
public sealed class FormationJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Typing_and_a_click_made_before_the_page_has_started_are_kept_and_done_once_it_has()
    {
        var (page, _) = await browser.SignedInCitizenAsync();
        var app = await page.StartApplicationAsync();

        // Blazor's script is held back, so the prerendered page stays on screen without its circuit (a slow phone).
        var script = new TaskCompletionSource();
        await page.RouteAsync("**/_framework/blazor.web*.js", async route =>
        {
            await script.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync($"{app}/names", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        var field = page.Locator(FormationPages.FieldId("Names[0]"));
        await Expect(field).ToBeVisibleAsync();
        await Expect(page.Locator("#render-state")).ToHaveAttributeAsync("data-interactive", "false");
        var name = "تعاونی زودرس " + Guid.NewGuid().ToString("N")[..4];
        await field.FillAsync(name);
        await page.Locator("#continue").ClickAsync();
        await Expect(page.Locator("html")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("page-starting"));

        script.SetResult();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/members$"));
        await page.UnrouteAllAsync();
        await page.OpenSectionAsync(app, "names");
        await Expect(page.Locator(FormationPages.FieldId("Names[0]"))).ToHaveValueAsync(name);
    }

    [Fact]
    public async Task A_citizen_who_types_and_presses_continue_at_once_keeps_what_was_typed_and_reaches_the_next_section()
    {
        var (page, _) = await browser.SignedInCitizenAsync();
        var app = await page.StartApplicationAsync();
        await page.OpenSectionAsync(app, "cooperative");

        // No wait for «ذخیره شد»: the click leaves the field (its save starts) and the page in the same moment.
        const string address = "زنجان، خیابان سعدی، کوچه ۲، پلاک ۷";
        // (The section is not complete, so «ادامه» would stay to show what is missing: the way back leaves at once.)
        await page.Locator(FormationPages.FieldId("Address")).FillAsync(address);
        await page.Locator("#back-to-tasks").ClickAsync();

        await Expect(page).ToHaveURLAsync(FormationPages.ApplicationUrl());
        await Expect(page.Locator("#task-cooperative")).ToBeVisibleAsync();
        await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        await page.OpenSectionAsync(app, "names");

        // The circuit lives on: the next page saves as usual, and the address typed before leaving was stored.
        var name = "تعاونی مصرف سعدی " + Guid.NewGuid().ToString("N")[..4];
        await page.EnterAsync("Names[0]", name);
        await Expect(page.Locator("#save-status")).ToContainTextAsync("ذخیره شد");
        // The same on the names page: typed, then «ادامه» at once.
        var second = "تعاونی نیکان سعدی " + Guid.NewGuid().ToString("N")[..4];
        await page.Locator(FormationPages.FieldId("Names[1]")).FillAsync(second);
        await page.Locator("#continue").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/members$"));
        await Expect(page.Locator("#section-status")).ToBeVisibleAsync();
        await page.OpenSectionAsync(app, "cooperative");
        await Expect(page.Locator(FormationPages.FieldId("Address"))).ToHaveValueAsync(address);
        await page.OpenSectionAsync(app, "names");
        await Expect(page.Locator(FormationPages.FieldId("Names[1]"))).ToHaveValueAsync(second);
        await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Text_typed_is_saved_after_a_pause_without_leaving_the_field_and_is_there_after_a_reload()
    {
        var (page, _) = await browser.SignedInCitizenAsync();
        var app = await page.StartApplicationAsync();
        await page.OpenSectionAsync(app, "cooperative");

        // Whether «not saved yet» was shown at any moment (it lasts from the first key to the save's answer).
        await page.EvaluateAsync(
            """
            () => {
                const state = document.getElementById('typing-state');
                window.typingStateShown = false;
                new MutationObserver(() => { if (!state.hidden) window.typingStateShown = true; }).observe(state, { attributes: true });
            }
            """);
        var field = page.Locator(FormationPages.FieldId("ActivityDescription"));
        const string description = "تأمین و توزیع کالاهای اساسی اعضا در شهرستان زنجان";
        await field.FocusAsync();
        await page.Keyboard.TypeAsync(description);

        // Saved after the pause with the focus still in the field; the page may then be left without a question.
        await Expect(page.Locator("#save-status")).ToContainTextAsync("ذخیره شد");
        await field.ToHaveFocusAsync();
        await Expect(page.Locator("#typing-state")).ToBeHiddenAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.typingStateShown"));
        Assert.False(await OutageJourneyTests.LeavingAsksFirstAsync(page));

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(field).ToHaveValueAsync(description);
    }

    [Fact]
    public async Task A_citizen_fills_every_section_with_seven_members_and_an_upload_checks_the_answers_and_submits()
    {
        var (page, citizen) = await browser.SignedInCitizenAsync();
        var app = await page.StartApplicationAsync();
        await page.CheckpointAsync("10-task-list");

        await page.OpenSectionAsync(app, "cooperative");
        await page.ChooseAsync("ActivityTypeId", "توزیعی");
        await page.ChooseAsync("OrientationId", "تأمین نیاز مصرف‌کنندگان");
        await page.ChooseAsync("MembershipTypeId", "عام");
        await page.EnterAsync("ActivityDescription", "تأمین و توزیع کالاهای اساسی مورد نیاز اعضا در شهرستان زنجان");
        await page.ChooseAsync("ProvinceId", "زنجان");
        await page.ChooseAsync("CountyId", "خدابنده");
        await page.EnterAsync("Address", "قیدار، خیابان امام، کوچه ۳، پلاک ۱۲");
        await page.EnterAsync("PostalCode", "۴۵۸۱۵-۶۳۱۱۸");
        await page.EnterAsync("Phone", "۰۲۴۳۵۲۲۳۴۵۶");
        await Expect(page.Locator("#section-status")).ToHaveTextAsync("تکمیل شده");
        await page.CheckpointAsync("11-cooperative-section");

        await page.OpenSectionAsync(app, "names");
        var unique = Guid.NewGuid().ToString("N")[..4];
        await page.EnterAsync("Names[0]", $"تعاونی مصرف کوثر {unique}");
        await page.EnterAsync("Names[1]", $"تعاونی نیکان {unique}");
        await Expect(page.Locator("#section-status")).ToHaveTextAsync("تکمیل شده");

        await page.OpenSectionAsync(app, "members");
        await page.Locator("#add-myself").ClickAsync();
        await page.FillMemberAsync(0, null, citizen.NationalCode, "۲۰٬۰۰۰٬۰۰۰", "۸٬۰۰۰٬۰۰۰");
        for (var i = 1; i < 7; i++)
        {
            await page.Locator("#add-member").ClickAsync();
            // The keyboard goes into the new member's first field (issue 17).
            await page.Locator(FormationPages.FieldId($"Members[{i}].FullName")).ToHaveFocusAsync();
            await page.FillMemberAsync(i, "عضو آزمایشی " + CoopPortal.Domain.Common.PersianDigits.ToPersian(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), TestNationalCodes.Next(), "۲۰٬۰۰۰٬۰۰۰", "۸٬۰۰۰٬۰۰۰");
        }

        // One member open at a time, the others a row each: seven members stay short on a phone (issue 18).
        await page.Locator("#done-member-6").ClickAsync();
        await page.Locator("#edit-member-6").ToHaveFocusAsync();
        await Expect(page.Locator(".member-row")).ToHaveCountAsync(7);
        await page.SetViewportSizeAsync(390, 844);
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        await page.SetViewportSizeAsync(1280, 900);
        Assert.True(height < 3200, $"Seven members make a page {height} px high on a phone.");
        await page.CheckpointAsync("12-members-section");
        await Expect(page.Locator("#section-status")).ToHaveTextAsync("تکمیل شده");

        await page.OpenSectionAsync(app, "founders");
        for (var i = 0; i < 3; i++)
        {
            await page.Locator("#main input[type=checkbox]").Nth(i).CheckAsync();
            await Expect(page.Locator("#save-status")).ToBeVisibleAsync();
        }

        await Expect(page.Locator("#section-status")).ToHaveTextAsync("تکمیل شده");

        await page.OpenSectionAsync(app, "capital");
        await Expect(page.Locator("#capital-total")).ToHaveTextAsync("۱۴۰٬۰۰۰٬۰۰۰ ریال");
        await Expect(page.Locator("#capital-paid")).ToHaveTextAsync("۵۶٬۰۰۰٬۰۰۰ ریال");

        await page.OpenSectionAsync(app, "documents");
        await page.UploadAsync("FoundersIdCards", "کارت-ملی.pdf", "application/pdf", FormationPages.Pdf);
        await Expect(page.Locator("#documents-FoundersIdCards a[href*='/documents/']")).ToHaveTextAsync("کارت-ملی.pdf");
        await page.UploadAsync("ProposalPlan", "طرح.pdf", "application/pdf", FormationPages.Pdf);
        await Expect(page.Locator("#documents-ProposalPlan a[href*='/documents/']")).ToHaveTextAsync("طرح.pdf");
        await page.CheckpointAsync("13-documents-section");
        await Expect(page.Locator("#section-status")).ToHaveTextAsync("تکمیل شده");

        await page.OpenSectionAsync(app, "declaration");
        await page.Locator("#main input[type=checkbox]").First.CheckAsync();
        await Expect(page.Locator("#section-status")).ToHaveTextAsync("تکمیل شده");

        await page.GotoAsync($"{app}/check");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#summary-members")).ToContainTextAsync("عضو آزمایشی ۶");
        await Expect(page.Locator("#summary-cooperative")).ToContainTextAsync("خدابنده");
        await Expect(page.Locator("#error-summary")).ToHaveCountAsync(0);
        await page.CheckpointAsync("14-check-answers");
        await page.Locator("#submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/submitted$"));
        await Expect(page.Locator("#confirmation-tracking-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$"));
        var code = await page.Locator("#confirmation-tracking-code").TextContentAsync();
        await page.CheckpointAsync("15-submitted");

        await page.GotoAsync("applications");
        await Expect(page.Locator("#my-applications")).ToContainTextAsync(code!);
        await Expect(page.Locator("#my-applications")).ToContainTextAsync("ارسال‌شده، در انتظار بررسی");
        await page.GotoAsync(app);
        await Expect(page.Locator("#timeline")).ToContainTextAsync("درخواست ارسال شد");
        await page.CheckpointAsync("16-application-detail");
    }

    [Fact]
    public async Task Bad_input_gets_clear_Persian_messages_and_keeps_what_was_typed()
    {
        var (page, citizen) = await browser.SignedInCitizenAsync();
        var app = await page.StartApplicationAsync();

        // A 9-digit postal code.
        await page.OpenSectionAsync(app, "cooperative");
        await page.EnterAsync("PostalCode", "۱۲۳۴۵۶۷۸۹");
        await Expect(page.GetByText("کد پستی باید ۱۰ رقم باشد، مانند ۱۲۳۴۵-۶۷۸۹۰.").First).ToBeVisibleAsync();
        await Expect(page.Locator(FormationPages.FieldId("PostalCode"))).ToHaveValueAsync("۱۲۳۴۵۶۷۸۹");
        await page.CheckpointAsync("20-bad-postal-code");

        // Names typed with Arabic ي and ك are kept, and stored with Persian ی and ک.
        await page.OpenSectionAsync(app, "names");
        var unique = Guid.NewGuid().ToString("N")[..4];
        await page.EnterAsync("Names[0]", $"شركت تعاوني كوثر {unique}");
        await Expect(page.Locator(FormationPages.FieldId("Names[0]"))).ToHaveValueAsync($"شركت تعاوني كوثر {unique}");

        // Six members, one with a wrong check digit, two with the same code, one above the share cap, too little paid.
        await page.OpenSectionAsync(app, "members");
        await page.Locator("#add-myself").ClickAsync();
        await Expect(page.Locator("#member-0")).ToBeVisibleAsync();
        await page.EnterAsync("Members[0].ShareSubscribed", "۱۰۰٬۰۰۰٬۰۰۰");
        await page.EnterAsync("Members[0].AmountPaid", "۱٬۰۰۰٬۰۰۰");
        var twice = TestNationalCodes.Next();
        string[] codes = ["0076229646", twice, twice, TestNationalCodes.Next(), TestNationalCodes.Next()];
        for (var i = 1; i <= codes.Length; i++)
        {
            await page.Locator("#add-member").ClickAsync();
            await Expect(page.Locator($"#member-{i}")).ToBeVisibleAsync();
            await page.EnterAsync($"Members[{i}].FullName", $"عضو {CoopPortal.Domain.Common.PersianDigits.ToPersian(i.ToString(System.Globalization.CultureInfo.InvariantCulture))}");
            await page.EnterAsync($"Members[{i}].NationalCode", codes[i - 1]);
            await page.EnterAsync($"Members[{i}].ShareSubscribed", "۱۰٬۰۰۰٬۰۰۰");
            await page.EnterAsync($"Members[{i}].AmountPaid", "۱٬۰۰۰٬۰۰۰");
        }

        await Expect(page.Locator("#member-1")).ToContainTextAsync("کد ملی معتبر نیست؛ رقم‌ها را دوباره بررسی کنید.");
        // The summary's link to a folded member's field opens that member and takes the keyboard to the field (issue 18).
        await page.Locator("#error-summary a[href$='#field-Members-1-NationalCode']").ClickAsync();
        await page.Locator(FormationPages.FieldId("Members[1].NationalCode")).ToHaveFocusAsync();
        await Expect(page.Locator(FormationPages.FieldId("Members[1].NationalCode"))).ToHaveValueAsync("0076229646");
        await Expect(page.Locator("#member-3")).ToContainTextAsync("با عضو ۳ تکراری است");
        await Expect(page.Locator("#member-0")).ToContainTextAsync("سهم هر عضو حداکثر ۲۰ درصد سرمایه می‌تواند باشد");
        await Expect(page.Locator("#error-summary")).ToContainTextAsync("تعاونی دست‌کم ۷ عضو لازم دارد؛ اکنون ۶ عضو وارد شده است.");
        await page.CheckpointAsync("21-bad-members");

        await page.OpenSectionAsync(app, "capital");
        await Expect(page.Locator("#error-summary")).ToContainTextAsync("دست‌کم ۱/۳ سرمایه باید پیش از ثبت پرداخت شود");
        await page.CheckpointAsync("22-paid-below-a-third");

        // A text file renamed to .pdf, and a file over the limit.
        await page.OpenSectionAsync(app, "documents");
        await page.UploadAsync("ProposalPlan", "plan.pdf", "application/pdf", "just text, not a PDF"u8.ToArray());
        await Expect(page.Locator("#upload-error-ProposalPlan")).ToHaveTextAsync(CoopPortal.Domain.Common.UploadRules.TypeNotAllowed);
        await page.Locator("#documents-FoundersIdCards input[type=file]").SetInputFilesAsync(new FilePayload { Name = "big.pdf", MimeType = "application/pdf", Buffer = new byte[(5 * 1024 * 1024) + 1] });
        await Expect(page.Locator("#upload-error-FoundersIdCards")).ToHaveTextAsync("حجم فایل بیش از ۵ مگابایت است؛ فایل کوچک‌تری بارگذاری کنید.");
        await Expect(page.Locator("#upload-error-ProposalPlan")).ToHaveTextAsync(CoopPortal.Domain.Common.UploadRules.TypeNotAllowed);
        await Expect(page.Locator("#documents-ProposalPlan a[href*='/documents/']")).ToHaveCountAsync(0);
        await page.CheckpointAsync("23-bad-uploads");

        // Nothing typed was lost, and nothing can be submitted yet.
        await page.GotoAsync($"{app}/check");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#summary-names")).ToContainTextAsync($"شرکت تعاونی کوثر {unique}");
        await Expect(page.Locator("#summary-members")).ToContainTextAsync("۰۰۷۶۲۲۹۶۴۶");
        await Expect(page.Locator("#summary-cooperative")).ToContainTextAsync("۱۲۳۴۵۶۷۸۹");
        await Expect(page.Locator("#submit")).ToBeDisabledAsync();
        await page.CheckpointAsync("24-check-answers-with-problems");
    }
}
