;; Memory accesses in a loop: the memory base is pinned in a register.

(module
  (memory 1)
  (func (export "f") (param $p i32) (param $n i32) (result i32)
    (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.load (local.get $p))))
      (local.set $p (i32.add (local.get $p) (i32.const 4)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $s)))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x58]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000006E
;;     1e: push    rbx
;;     20: xor     eax,eax
;;     22: push    rax
;;     23: mov     r10d,[rbp+0x18]
;;     28: mov     r8d,[rbp+0x10]
;;     2d: xor     r9d,r9d
;;     30: mov     rbx,[r14+0x10]
;;     35: mov     r11,[r14]
;;     3a: cmp     dword ptr [r11+0x14],0
;;     43: jne     0x00000000000000C1
;;     49: mov     eax,[rbx+r10]
;;     4e: add     r9d,eax
;;     51: add     r10d,4
;;     55: sub     r8d,1
;;     59: test    r8d,r8d
;;     5c: jne     0x0000000000000035
;;     62: mov     rax,r9
;;     65: mov     rbx,[rbp-0x10]
;;     6a: leave
;;     6b: ret     0x10
;;     6e: cmp     dword ptr [r11+0x14],0
;;     77: jne     0x000000000000008D
;;     7d: cmp     rax,[r11+0x38]
;;     82: jb      0x00000000000000A7
;;     88: jmp     0x000000000000001E
;;     8d: mov     r11,[r14]
;;     92: mov     qword ptr [r11+0x18],0x25
;;     9b: mov     eax,0xA
;;     a1: mov     rsp,[r11+8]
;;     a6: ret
;;     a7: mov     r11,[r14]
;;     ac: mov     qword ptr [r11+0x18],0x25
;;     b5: mov     eax,9
;;     bb: mov     rsp,[r11+8]
;;     c0: ret
;;     c1: mov     r11,[r14]
;;     c6: mov     qword ptr [r11+0x18],0x28
;;     cf: mov     eax,0xA
;;     d5: mov     rsp,[r11+8]
;;     da: ret
