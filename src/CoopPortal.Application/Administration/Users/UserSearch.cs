namespace CoopPortal.Application.Administration.Users;

public sealed record UserSearch(string? Text = null, string? Role = null, int? ProvinceId = null, int Page = 1)
{
    public const int PageSize = 25;
}
