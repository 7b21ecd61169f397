module errata.dev/errata

go 1.25
