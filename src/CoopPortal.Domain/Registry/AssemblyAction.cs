namespace CoopPortal.Domain.Registry;

public enum AssemblyAction
{
    Submit,
    SendBack,
    Confirm,
}
