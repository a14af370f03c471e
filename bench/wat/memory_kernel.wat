;; A memory-bound kernel built twice from this one text: `ADDR` is replaced by `i32`
;; for a 32-bit memory and by `i64` for a 64-bit one, so the two rows differ only in
;; the index type and what it costs (guard pages against explicit bounds checks).
;;
;; `run(rounds)` fills a 256 KiB region with an LCG, then makes `rounds` passes of a
;; stencil from one 256 KiB region into the other and back (cache-resident, and no
;; iteration waits on the previous one's store): 8-byte loads at neighbouring
;; addresses, an 8-byte store, a narrow load and a byte store per word. It returns a
;; checksum of what it read.
(module
  (memory (export "memory") ADDR 9)
  (func (export "run") (param $rounds i32) (result i64)
    (local $i ADDR) (local $src ADDR) (local $dst ADDR) (local $swap ADDR)
    (local $x i64) (local $sum i64) (local $round i32)
    (local.set $x (i64.const 88172645463325252))
    (block $filled
      (loop $fill
        (br_if $filled (ADDR.ge_u (local.get $i) (ADDR.const 262144)))
        (local.set $x
          (i64.add (i64.mul (local.get $x) (i64.const 6364136223846793005))
                   (i64.const 1442695040888963407)))
        (i64.store (local.get $i) (local.get $x))
        (local.set $i (ADDR.add (local.get $i) (ADDR.const 8)))
        (br $fill)))
    (local.set $dst (ADDR.const 262144))
    (block $done
      (loop $rounds
        (br_if $done (i32.ge_u (local.get $round) (local.get $rounds)))
        (local.set $i (ADDR.const 8))
        (block $passed
          (loop $pass
            (br_if $passed (ADDR.ge_u (local.get $i) (ADDR.const 262136)))
            (i64.store (ADDR.add (local.get $dst) (local.get $i))
              (i64.add
                (i64.xor
                  (i64.load (ADDR.add (local.get $src) (local.get $i)))
                  (i64.shr_u
                    (i64.load (ADDR.sub (ADDR.add (local.get $src) (local.get $i))
                                        (ADDR.const 8)))
                    (i64.const 7)))
                (i64.load offset=8 (ADDR.add (local.get $src) (local.get $i)))))
            (local.set $sum
              (i64.add (local.get $sum)
                       (i64.load32_u offset=4 (ADDR.add (local.get $dst) (local.get $i)))))
            (i32.store8 offset=1 (ADDR.add (local.get $dst) (local.get $i)) (local.get $round))
            (local.set $i (ADDR.add (local.get $i) (ADDR.const 8)))
            (br $pass)))
        (local.set $swap (local.get $src))
        (local.set $src (local.get $dst))
        (local.set $dst (local.get $swap))
        (local.set $round (i32.add (local.get $round) (i32.const 1)))
        (br $rounds)))
    (local.get $sum)))
