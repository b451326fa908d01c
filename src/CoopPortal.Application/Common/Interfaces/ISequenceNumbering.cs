namespace CoopPortal.Application.Common.Interfaces;

/// <summary>
/// Gapless sequence numbers per kind, province and year (certificate numbers, registration numbers), given inside the
/// caller's transaction: a rolled-back change gives its number back.
/// </summary>
public interface ISequenceNumbering
{
    Task<int> NextAsync(IAppDbContext db, string kind, int provinceId, int year, CancellationToken cancellationToken);
}
