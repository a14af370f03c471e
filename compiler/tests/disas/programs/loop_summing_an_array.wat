;; A loop summing an array: pointer, length and accumulator pinned, the memory base
;; pinned, one load per iteration.

(module (memory 1)
  (func (export "sum") (param $ptr i32) (param $len i32) (result i32) (local $acc i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $len)))
        (local.set $acc (i32.add (local.get $acc) (i32.load (local.get $ptr))))
        (local.set $ptr (i32.add (local.get $ptr) (i32.const 4)))
        (local.set $len (i32.sub (local.get $len) (i32.const 1)))
        (br $next)))
    (local.get $acc)))

;; function 0 (export "sum"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x58]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000073
;;     1e: push    rbx
;;     20: xor     eax,eax
;;     22: push    rax
;;     23: mov     r10d,[rbp+0x18]
;;     28: mov     r9d,[rbp+0x10]
;;     2d: xor     r8d,r8d
;;     30: mov     rbx,[r14+0x10]
;;     35: mov     r11,[r14]
;;     3a: cmp     dword ptr [r11+0x14],0
;;     43: jne     0x00000000000000C6
;;     49: test    r9d,r9d
;;     4c: je      0x0000000000000067
;;     52: mov     eax,[rbx+r10]
;;     57: add     r8d,eax
;;     5a: add     r10d,4
;;     5e: sub     r9d,1
;;     62: jmp     0x0000000000000035
;;     67: mov     rax,r8
;;     6a: mov     rbx,[rbp-0x10]
;;     6f: leave
;;     70: ret     0x10
;;     73: cmp     dword ptr [r11+0x14],0
;;     7c: jne     0x0000000000000092
;;     82: cmp     rax,[r11+0x38]
;;     87: jb      0x00000000000000AC
;;     8d: jmp     0x000000000000001E
;;     92: mov     r11,[r14]
;;     97: mov     qword ptr [r11+0x18],0x27
;;     a0: mov     eax,0xA
;;     a6: mov     rsp,[r11+8]
;;     ab: ret
;;     ac: mov     r11,[r14]
;;     b1: mov     qword ptr [r11+0x18],0x27
;;     ba: mov     eax,9
;;     c0: mov     rsp,[r11+8]
;;     c5: ret
;;     c6: mov     r11,[r14]
;;     cb: mov     qword ptr [r11+0x18],0x2C
;;     d4: mov     eax,0xA
;;     da: mov     rsp,[r11+8]
;;     df: ret
