using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>How the formation pages are driven: MudBlazor fields by id, selects by option, saves on change (Tab).</summary>
internal static partial class FormationPages
{
    public static string FieldId(string field) =>
        "#field-" + field.Replace("[", "-", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal).Replace('.', '-');

    /// <summary>Types into a field and leaves it, which saves the draft.</summary>
    public static async Task EnterAsync(this IPage page, string field, string value)
    {
        var input = page.Locator(FieldId(field));
        await input.FillAsync(value);
        await input.PressAsync("Tab");
        await Expect(page.Locator("#save-status")).ToBeVisibleAsync();
    }

    public static async Task ChooseAsync(this IPage page, string field, string option)
    {
        await page.Locator(FieldId(field)).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Expect(page.Locator(FieldId(field))).ToHaveValueAsync(option);
    }

    public static async Task OpenSectionAsync(this IPage page, string applicationUrl, string segment)
    {
        await page.GotoAsync($"{applicationUrl}/{segment}");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#section-status")).ToBeVisibleAsync();
    }

    public static async Task<string> StartApplicationAsync(this IPage page)
    {
        await page.GotoAsync("applications");
        await page.WaitForInteractiveAsync();
        await page.Locator("#start-application").ClickAsync();
        await Expect(page).ToHaveURLAsync(ApplicationUrl());
        await Expect(page.Locator("#task-list")).ToBeVisibleAsync();
        return new Uri(page.Url).AbsolutePath.TrimStart('/');
    }

    public static async Task FillMemberAsync(this IPage page, int index, string? fullName, string nationalCode, string share, string paid)
    {
        await Expect(page.Locator($"#member-{index}")).ToBeVisibleAsync();
        if (fullName is not null)
        {
            await page.EnterAsync($"Members[{index}].FullName", fullName);
        }

        await page.EnterAsync($"Members[{index}].FatherName", "حسن");
        await page.EnterAsync($"Members[{index}].NationalCode", nationalCode);
        await page.EnterAsync($"Members[{index}].BirthDateJalali", "۱۳۶۸/۰۲/۱۵");
        await page.EnterAsync($"Members[{index}].Mobile", $"0912345670{index}");
        await page.EnterAsync($"Members[{index}].ShareSubscribed", share);
        await page.EnterAsync($"Members[{index}].AmountPaid", paid);
    }

    /// <summary>Chooses a file for a document kind and waits until the upload has been handled.</summary>
    public static async Task UploadAsync(this IPage page, string kind, string fileName, string mimeType, byte[] content)
    {
        // InputFile wires its change handler from script after the first interactive render; a file chosen before that
        // moment is not seen, so choose it again until the page reacts (a person never beats the script).
        var reacted = page.Locator($"#upload-progress, #upload-error-{kind}")
            .Or(page.Locator($"#documents-{kind}").GetByText(fileName, new LocatorGetByTextOptions { Exact = false }));
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await page.Locator($"#documents-{kind} input[type=file]").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = mimeType, Buffer = content });
            try
            {
                await reacted.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 3000 });
                break;
            }
            catch (TimeoutException)
            {
            }
        }

        await Expect(page.Locator("#upload-progress")).ToHaveCountAsync(0);
        await Expect(page.Locator("#save-status")).ToBeVisibleAsync();
    }

    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();

    [GeneratedRegex("/applications/[0-9a-f-]{36}$")]
    public static partial Regex ApplicationUrl();
}
