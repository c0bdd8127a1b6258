import torch

print(issubclass(torch.OutOfMemoryError, RuntimeError))
#> True
print(torch.cuda.OutOfMemoryError is torch.OutOfMemoryError)
#> True


def train_step(batch_size):
    if batch_size > 64:
        raise torch.OutOfMemoryError(f"a batch of {batch_size} does not fit")
    return batch_size


def largest_batch(batch_size):
    while batch_size >= 1:
        try:
            return train_step(batch_size)
        except torch.OutOfMemoryError as e:
            print(e)
            #> a batch of 512 does not fit
            #> a batch of 256 does not fit
            #> a batch of 128 does not fit
        batch_size //= 2  # (1)!
    raise RuntimeError("not even a batch of 1 fits")


print(largest_batch(512))
#> 64
