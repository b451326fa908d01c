using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Liquidation.Common;
using CoopPortal.Domain.Liquidation;

namespace CoopPortal.Application.Liquidation.ReportFiles;

/// <summary>
/// The files of a liquidation's reports: a liquidator serving today attaches to and removes from the report being
/// written (checked by <see cref="UploadIntake"/>); the liquidators and the office of its province download any report's
/// file. Not found for anyone else.
/// </summary>
public sealed class LiquidationFilesHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, CaseFiles files, PortalClock clock)
{
    public long MaxBytes => files.MaxBytes;

    public async Task<Result<Guid>> UploadAsync(Guid liquidationId, string fileName, long declaredSize, Stream content, CancellationToken cancellationToken)
    {
        if (files.CheckDeclaredSize(declaredSize) is { Succeeded: false } tooLarge)
        {
            return Result<Guid>.FailedAs(tooLarge);
        }

        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var liquidation = await LiquidationAccess.LoadOwnAsync(db, liquidationId, user, clock.Today, cancellationToken);
        if (liquidation is null)
        {
            return Result<Guid>.NotFound();
        }

        if (!liquidation.IsDraftEditable)
        {
            return Result<Guid>.Conflict(LiquidationCase.DraftNotEditable);
        }

        return await files.AttachAsync(db, liquidation.DraftFiles.Select(f => f.Size).ToList(), fileName, content, upload =>
            liquidation.AttachFile(upload.FileName, upload.ContentType, upload.Size, upload.Sha256, upload.StorageKey, clock.UtcNow).Id, cancellationToken);
    }

    public async Task<Result> RemoveAsync(Guid liquidationId, Guid fileId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var liquidation = await LiquidationAccess.LoadOwnAsync(db, liquidationId, user, clock.Today, cancellationToken);
        if (liquidation is null)
        {
            return Result.NotFound();
        }

        return await files.RemoveAsync(db, () => liquidation.RemoveFile(fileId, clock.UtcNow).StorageKey, cancellationToken);
    }

    public async Task<Result<FileDownload>> DownloadAsync(Guid liquidationId, Guid fileId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var loaded = await LiquidationAccess.LoadAsync(db, liquidationId, user, clock.Today, cancellationToken);
        var file = loaded is var (liquidation, _)
            ? liquidation.Reports.SelectMany(r => r.Files).Concat(liquidation.DraftFiles).FirstOrDefault(f => f.Id == fileId)
            : null;
        return await files.ReadAsync(file, cancellationToken);
    }
}
