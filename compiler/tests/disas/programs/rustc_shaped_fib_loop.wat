;; The shape rustc gives `fib(n) = if n < 2 { 1 } else { fib(n - 1) + fib(n - 2) }`:
;; one recursive call per iteration of a loop over `n` with an accumulator. The loop
;; counter and the accumulator stay in registers; the stack is touched only to pass the
;; call's argument.

(module
  (func $fib (export "fib") (param $n i32) (result i32) (local $acc i32)
    (local.set $acc (i32.const 1))
    (block $done
      (br_if $done (i32.lt_u (local.get $n) (i32.const 2)))
      (local.set $acc (i32.const 0))
      (loop $loop
        (local.set $acc
          (i32.add (local.get $acc)
                   (call $fib (i32.add (local.get $n) (i32.const -1)))))
        (local.set $n (i32.add (local.get $n) (i32.const -2)))
        (br_if $loop (i32.gt_u (local.get $n) (i32.const 1))))
      (local.set $acc (i32.add (local.get $acc) (i32.const 1))))
    (local.get $acc)))

;; function 0 (export "fib"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x70]
;;     13: cmp     rax,[r11]
;;     18: jb      0x00000000000000A1
;;     1e: push    rbx
;;     20: push    r12
;;     22: xor     eax,eax
;;     24: push    rax
;;     25: mov     ebx,[rbp+0x10]
;;     2a: xor     r12d,r12d
;;     2d: mov     r12d,1
;;     33: cmp     ebx,2
;;     3a: jb      0x0000000000000092
;;     40: mov     r12d,0
;;     46: mov     r11,[r14]
;;     4b: cmp     dword ptr [r11+0x14],0
;;     54: jne     0x00000000000000F4
;;     5a: lea     eax,[rbx-1]
;;     5f: push    r12
;;     61: push    rax
;;     63: call    0
;;     68: lea     rsp,[rsp+8]
;;     6d: mov     ecx,[rbp-0x28]
;;     72: lea     rsp,[rsp+8]
;;     77: add     ecx,eax
;;     7a: mov     r12,rcx
;;     7d: add     ebx,0xFFFFFFFE
;;     81: cmp     ebx,1
;;     88: ja      0x0000000000000046
;;     8e: add     r12d,1
;;     92: mov     rax,r12
;;     95: mov     rbx,[rbp-0x10]
;;     9a: mov     r12,[rbp-0x18]
;;     9f: leave
;;     a0: ret
;;     a1: cmp     dword ptr [r11+0x14],0
;;     aa: jne     0x00000000000000C0
;;     b0: cmp     rax,[r11+0x38]
;;     b5: jb      0x00000000000000DA
;;     bb: jmp     0x000000000000001E
;;     c0: mov     r11,[r14]
;;     c5: mov     qword ptr [r11+0x18],0x21
;;     ce: mov     eax,0xA
;;     d4: mov     rsp,[r11+8]
;;     d9: ret
;;     da: mov     r11,[r14]
;;     df: mov     qword ptr [r11+0x18],0x21
;;     e8: mov     eax,9
;;     ee: mov     rsp,[r11+8]
;;     f3: ret
;;     f4: mov     r11,[r14]
;;     f9: mov     qword ptr [r11+0x18],0x35
;;    102: mov     eax,0xA
;;    108: mov     rsp,[r11+8]
;;    10d: ret
