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
;;     18: jb      0x0000000000000071
;;     1e: push    rbx
;;     20: xor     eax,eax
;;     22: push    rax
;;     23: mov     r10d,[rbp+0x18]
;;     28: mov     r9d,[rbp+0x10]
;;     2d: xor     r8d,r8d
;;     30: mov     rbx,[r14+0x10]
;;     35: mov     r11,[r14]
;;     3a: cmp     dword ptr [r11+0x14],0
;;     43: jne     0x00000000000000C4
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
;;     70: ret
;;     71: cmp     dword ptr [r11+0x14],0
;;     7a: jne     0x0000000000000090
;;     80: cmp     rax,[r11+0x38]
;;     85: jb      0x00000000000000AA
;;     8b: jmp     0x000000000000001E
;;     90: mov     r11,[r14]
;;     95: mov     qword ptr [r11+0x18],0x27
;;     9e: mov     eax,0xA
;;     a4: mov     rsp,[r11+8]
;;     a9: ret
;;     aa: mov     r11,[r14]
;;     af: mov     qword ptr [r11+0x18],0x27
;;     b8: mov     eax,9
;;     be: mov     rsp,[r11+8]
;;     c3: ret
;;     c4: mov     r11,[r14]
;;     c9: mov     qword ptr [r11+0x18],0x2C
;;     d2: mov     eax,0xA
;;     d8: mov     rsp,[r11+8]
;;     dd: ret
