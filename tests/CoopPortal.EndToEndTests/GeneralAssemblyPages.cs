using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>Steps of the general assembly's and the candidacy's pages that the journeys share.</summary>
internal static class GeneralAssemblyPages
{
    /// <summary>Uploads a PDF as one of the candidate's documents (a slot of CandidacyFileSlot) and waits until it is listed.</summary>
    public static Task UploadCandidacyFileAsync(this IPage page, string kind, string fileName) =>
        UploadIntoAsync(page, $"#candidacy-file-{kind}", $"#candidacy-files-{kind}", fileName);

    /// <summary>Uploads a PDF as one of the minutes' files (a slot of MinutesFileSlot) and waits until it is listed.</summary>
    public static Task UploadMinutesAsync(this IPage page, string kind, string fileName) =>
        UploadIntoAsync(page, $"#minutes-file-{kind}", $"#minutes-files-{kind}", fileName);

    /// <summary>Chooses a PDF in the file input <paramref name="input"/> until <paramref name="slot"/> lists it.</summary>
    internal static async Task UploadIntoAsync(IPage page, string input, string slot, string fileName)
    {
        // InputFile wires its change handler from script after the first interactive render; a file chosen before that
        // moment is not seen, so choose it again until the slot lists it (a person never beats the script).
        var listed = page.Locator(slot).GetByText(fileName, new LocatorGetByTextOptions { Exact = false });
        for (var attempt = 0; attempt < 4 && await listed.CountAsync() == 0; attempt++)
        {
            await page.Locator(input).SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "application/pdf", Buffer = FormationPages.Pdf });
            try
            {
                await listed.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 5000 });
            }
            catch (TimeoutException)
            {
            }
        }

        await Expect(listed.First).ToBeVisibleAsync();
    }
}
