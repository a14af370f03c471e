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
;;     18: jb      0x00000000000000A3
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
;;     54: jne     0x00000000000000F6
;;     5a: lea     eax,[rbx-1]
;;     5f: push    r12
;;     61: push    rax
;;     63: call    0
;;     68: mov     r14,[rbp-8]
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
;;     a0: ret     8
;;     a3: cmp     dword ptr [r11+0x14],0
;;     ac: jne     0x00000000000000C2
;;     b2: cmp     rax,[r11+0x38]
;;     b7: jb      0x00000000000000DC
;;     bd: jmp     0x000000000000001E
;;     c2: mov     r11,[r14]
;;     c7: mov     qword ptr [r11+0x18],0x21
;;     d0: mov     eax,0xA
;;     d6: mov     rsp,[r11+8]
;;     db: ret
;;     dc: mov     r11,[r14]
;;     e1: mov     qword ptr [r11+0x18],0x21
;;     ea: mov     eax,9
;;     f0: mov     rsp,[r11+8]
;;     f5: ret
;;     f6: mov     r11,[r14]
;;     fb: mov     qword ptr [r11+0x18],0x35
;;    104: mov     eax,0xA
;;    10a: mov     rsp,[r11+8]
;;    10f: ret
