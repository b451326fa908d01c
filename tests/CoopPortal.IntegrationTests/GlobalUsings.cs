global using CoopPortal.Testing;
