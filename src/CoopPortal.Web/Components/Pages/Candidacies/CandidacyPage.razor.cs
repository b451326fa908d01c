using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Common.Results;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Web.Components.Common;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace CoopPortal.Web.Components.Pages.Candidacies;

/// <summary>The candidacy page's state and actions; the markup is in the .razor file.</summary>
public sealed partial class CandidacyPage
{
    private readonly Dictionary<CandidateFileKind, string> _fileErrors = [];
    private CandidateFileKind? _uploading;

    /// <summary>The candidate changes the documents while the candidacy waits for the office.</summary>
    private bool Editable => View is { IsCandidate: true, Status: CandidacyStatus.Registered };

    protected override bool ShowsFieldMessages => false;

    protected override Task<Result<CandidacyView>> FetchAsync(CancellationToken cancellationToken) => GetHandler.HandleAsync(Id, cancellationToken);

    private async Task UploadAsync(CandidateFileKind kind, IBrowserFile? file)
    {
        if (file is null)
        {
            return;
        }

        _fileErrors.Remove(kind);
        _uploading = kind;
        try
        {
            var error = await UploadAsync(file, UploadHandler.MaxBytes, async stream => await UploadHandler.HandleAsync(Id, kind, file.Name, file.Size, stream, CancellationToken.None));
            if (error is not null)
            {
                _fileErrors[kind] = error;
                return;
            }
        }
        finally
        {
            _uploading = null;
        }

        await LoadAsync();
    }

    private Task<Result> RemoveFileAsync(Guid fileId) => SaveAsync(() => RemoveHandler.HandleAsync(Id, fileId, CancellationToken.None));

    private async Task WithdrawAsync()
    {
        if (View is not { } view || IsBusy)
        {
            return;
        }

        var confirmation = new Confirmation(
            "از نامزدی انصراف می‌دهید؟",
            [("تعاونی", view.CooperativeName), ("سمت", GeneralAssemblyText.Post(view.Post))],
            "نامزدی شما بسته می‌شود و مدیر تعاونی باخبر می‌شود. انصراف بازگشت‌پذیر نیست؛ تا مهلت نامزدی نگذشته، می‌توانید دوباره ثبت‌نام کنید.",
            "انصراف از نامزدی",
            Color.Error);
        if (!await confirmation.AskAsync(Dialogs))
        {
            return;
        }

        var result = await SaveAsync(() => WithdrawHandler.HandleAsync(Id, CancellationToken.None));
        if (result.Succeeded && !HasLeft)
        {
            SaveMessage = "انصراف شما ثبت شد و مدیر تعاونی باخبر شد.";
        }
    }
}
