using System.Security.Cryptography;
using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Certificates.Print;

/// <summary>
/// Prints an issued document of one kind once and stores the PDF with its SHA-256. Printing twice at once (the
/// background printer and a first download) stores one document: whoever finds it printed when loading it for print
/// takes the stored one, and between that load and the save the row version lets one save win and the other read it.
/// Each kind says where its rows are, how its snapshot is laid out, and what its files are called.
/// </summary>
public abstract class VerifiableDocumentPrinter<TDocument>(IAppDbContextFactory dbFactory, DocumentPrinter printer, IOptions<PortalOptions> portal, TimeProvider clock)
    : IVerifiableDocumentPrinter
    where TDocument : VerifiableDocument
{
    public abstract VerifiableDocumentKind Kind { get; }

    /// <summary>The start of the file names, e.g. "certificate".</summary>
    protected abstract string FilePrefix { get; }

    protected DocumentPrinter Printer => printer;

    protected PortalOptions Portal => portal.Value;

    protected IAppDbContextFactory DbFactory => dbFactory;

    /// <summary>The table of this kind.</summary>
    protected abstract DbSet<TDocument> Documents(IAppDbContext db);

    /// <summary>The document as printed, from its snapshot and the link its QR code carries.</summary>
    protected abstract DocumentModel Describe(TDocument document, string verificationUrl);

    public async Task<StoredDocumentPdf?> EnsurePrintedAsync(Guid documentId, CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            var stored = await LoadPdfAsync(db, documentId, cancellationToken);
            if (stored is null || stored.Content is not null)
            {
                return stored;
            }
        }

        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            var document = await Documents(db).SingleAsync(c => c.Id == documentId, cancellationToken);
            if (document.Pdf is not null)
            {
                // Printed and stored by someone else between the first look and this one; theirs is the document.
                return Stored(document, document.Pdf, document.PdfSha256);
            }

            var pdf = await printer.PrintAsync(Describe(document, portal.Value.VerificationUrl(document.VerificationCode)), cancellationToken);
            try
            {
                document.AttachPdf(pdf, Sha256(pdf), clock.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Printed and stored by someone else meanwhile; theirs is the document.
            }
        }

        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            return await LoadPdfAsync(db, documentId, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<Guid>> UnprintedAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return await Documents(db).Where(c => c.Pdf == null).OrderBy(c => c.IssuedAtUtc).Select(c => c.Id).Take(100).ToListAsync(cancellationToken);
    }

    protected StoredDocumentPdf Stored(TDocument document, byte[]? pdf, string? sha256, bool revoked = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new StoredDocumentPdf(document.Id, FilePrefix, document.Number, pdf, sha256, revoked);
    }

    protected static string Sha256(byte[] pdf) => Convert.ToHexStringLower(SHA256.HashData(pdf));

    private Task<StoredDocumentPdf?> LoadPdfAsync(IAppDbContext db, Guid documentId, CancellationToken cancellationToken)
    {
        var prefix = FilePrefix;
        return Documents(db).AsNoTracking()
            .Where(c => c.Id == documentId)
            .Select(c => new StoredDocumentPdf(c.Id, prefix, c.Number, c.Pdf, c.PdfSha256, false))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
