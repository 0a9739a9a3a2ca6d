module persistly.example/smoke

go 1.23.0

require persistly.example/go/client v0.0.0

replace persistly.example/go/client => ./client
