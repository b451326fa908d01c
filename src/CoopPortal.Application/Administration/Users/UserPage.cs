namespace CoopPortal.Application.Administration.Users;

public sealed record UserPage(IReadOnlyList<UserListItem> Items, int TotalCount, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}
