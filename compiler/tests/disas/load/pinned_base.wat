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
;;     18: jb      0x000000000000006C
;;     1e: push    rbx
;;     20: xor     eax,eax
;;     22: push    rax
;;     23: mov     r10d,[rbp+0x18]
;;     28: mov     r8d,[rbp+0x10]
;;     2d: xor     r9d,r9d
;;     30: mov     rbx,[r14+0x10]
;;     35: mov     r11,[r14]
;;     3a: cmp     dword ptr [r11+0x14],0
;;     43: jne     0x00000000000000BF
;;     49: mov     eax,[rbx+r10]
;;     4e: add     r9d,eax
;;     51: add     r10d,4
;;     55: sub     r8d,1
;;     59: test    r8d,r8d
;;     5c: jne     0x0000000000000035
;;     62: mov     rax,r9
;;     65: mov     rbx,[rbp-0x10]
;;     6a: leave
;;     6b: ret
;;     6c: cmp     dword ptr [r11+0x14],0
;;     75: jne     0x000000000000008B
;;     7b: cmp     rax,[r11+0x38]
;;     80: jb      0x00000000000000A5
;;     86: jmp     0x000000000000001E
;;     8b: mov     r11,[r14]
;;     90: mov     qword ptr [r11+0x18],0x25
;;     99: mov     eax,0xA
;;     9f: mov     rsp,[r11+8]
;;     a4: ret
;;     a5: mov     r11,[r14]
;;     aa: mov     qword ptr [r11+0x18],0x25
;;     b3: mov     eax,9
;;     b9: mov     rsp,[r11+8]
;;     be: ret
;;     bf: mov     r11,[r14]
;;     c4: mov     qword ptr [r11+0x18],0x28
;;     cd: mov     eax,0xA
;;     d3: mov     rsp,[r11+8]
;;     d8: ret
