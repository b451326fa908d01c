namespace CoopPortal.Application.Accounts;

/// <summary>A list of passwords too common to allow (shipped with the project).</summary>
public interface ICommonPasswords
{
    bool Contains(string password);
}
