namespace CoopPortal.Application.Supervision.DeclarationQueue;

/// <summary>
/// Which part of the declarations queue to show: the open ones or all sent ones, a cooperative's name or registration
/// number (Persian or ASCII digits, ی/ک and spacing as typed), a page of <paramref name="PageSize"/> (1 to 100).
/// </summary>
public sealed record DeclarationQueueFilter(bool IncludeDecided = false, string? Search = null, int Page = 1, int PageSize = DeclarationQueueFilter.MaxPageSize)
{
    public const int MaxPageSize = 100;
}
