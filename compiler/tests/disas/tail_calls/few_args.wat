;; `return_call` with fewer arguments than the caller received: the argument is laid
;; out at the stack top, pushed with the return address and the caller's frame pointer,
;; and the block moves to the top of the caller's argument area (shrinking it); then
;; `rsp` points at the return address and a `jmp` enters the callee, which pops its
;; one-slot area with `ret 8`.
;; Finding: the argument goes through a staging slot and then moves with the return
;; address; when no argument reads a slot the move overwrites, it could be stored in
;; its final place and only the return address and frame pointer moved.

(module
  (func $g (param i64) (result i64) (i64.add (local.get 0) (i64.const 1)))
  (func (export "f") (param $a i64) (param $b i64) (param $c i64) (result i64)
    (return_call $g (i64.sub (local.get $a) (local.get $c)))))

;; function 0, sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000002B
;;     1e: mov     rax,[rbp+0x10]
;;     23: add     rax,1
;;     27: leave
;;     28: ret     8
;;     2b: cmp     dword ptr [r11+0x14],0
;;     34: jne     0x000000000000004A
;;     3a: cmp     rax,[r11+0x38]
;;     3f: jb      0x0000000000000064
;;     45: jmp     0x000000000000001E
;;     4a: mov     r11,[r14]
;;     4f: mov     qword ptr [r11+0x18],0x27
;;     58: mov     eax,0xA
;;     5e: mov     rsp,[r11+8]
;;     63: ret
;;     64: mov     r11,[r14]
;;     69: mov     qword ptr [r11+0x18],0x27
;;     72: mov     eax,9
;;     78: mov     rsp,[r11+8]
;;     7d: ret

;; function 1 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x60]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000060
;;     1e: mov     rax,[rbp+0x20]
;;     23: sub     rax,[rbp+0x10]
;;     28: push    rax
;;     2a: push    qword ptr [rbp+8]
;;     2f: push    qword ptr [rbp]
;;     34: mov     r11,[rbp-0x10]
;;     39: mov     [rbp+0x20],r11
;;     3e: mov     r11,[rbp-0x18]
;;     43: mov     [rbp+0x18],r11
;;     48: mov     r11,[rbp-0x20]
;;     4d: mov     [rbp+0x10],r11
;;     52: lea     rsp,[rbp+0x10]
;;     56: pop     rbp
;;     57: jmp     0xFFFFFFFFFFFFFF80
;;     5c: leave
;;     5d: ret     0x18
;;     60: cmp     dword ptr [r11+0x14],0
;;     69: jne     0x000000000000007F
;;     6f: cmp     rax,[r11+0x38]
;;     74: jb      0x0000000000000099
;;     7a: jmp     0x000000000000001E
;;     7f: mov     r11,[r14]
;;     84: mov     qword ptr [r11+0x18],0x2F
;;     8d: mov     eax,0xA
;;     93: mov     rsp,[r11+8]
;;     98: ret
;;     99: mov     r11,[r14]
;;     9e: mov     qword ptr [r11+0x18],0x2F
;;     a7: mov     eax,9
;;     ad: mov     rsp,[r11+8]
;;     b2: ret
